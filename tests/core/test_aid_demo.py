"""The demo's believable year of aid (issue 10): past terms paid in full, the latest
one showing every reconciliation state, and no meal or in-kind row ever unpaid."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fupin_desktop.cli.aid import STATUS_LINE
from fupin_desktop.demo import generate as demo
from fupin_desktop.i18n import tr
from fupin_desktop.schema.aid import CASH, STATUS
from fupin_desktop.services.aid.reconciliation import reconcile
from fupin_desktop.services.context import SYSTEM
from tests import builders as make

AS_OF = dt.date(2026, 11, 30)
STATES = {"ok", "unpaid", "underpaid", "overpaid", "double_claim", "not_entitled", "adjusted"}


def test_the_demo_year_of_payments_shows_every_state(db_path: Path, capsys) -> None:
    summary, _ = demo.generate(SYSTEM, students=1500, seed=5, as_of=AS_OF)
    assert summary.aid_payments > 1000
    latest = reconcile(SYSTEM, "2026-2027", 1)
    seen = {code for code, count in latest.status_counts.items() if count}
    assert seen >= STATES
    assert latest.confirmed_schools == 9 and latest.computed_schools == 0
    cash = [r for r in latest.rows if r.provision == CASH and r.entitled]
    paid = [r for r in cash if r.status in ("ok", "adjusted")]
    assert len(paid) > 0.9 * len(cash)  # most are paid
    for year, term in (("2025-2026", 1), ("2025-2026", 2), ("2026-2027", 1)):
        recon = reconcile(SYSTEM, year, term)
        provided = [r for r in recon.rows if r.provision != CASH]
        assert provided and {r.status for r in provided} == {"provided"}, (year, term)
        assert all(r.entitled_fen == 0 for r in provided)
    earlier = reconcile(SYSTEM, "2025-2026", 2)
    assert not earlier.needs_attention
    # The command line says the same, and exits 1 only where something needs attention.
    capsys.readouterr()
    assert make.fupin(db_path, "aid", "reconcile", "--year", "2026-2027", "--term", "1") == 1
    out = capsys.readouterr().out
    for code in ("double_claim", "not_entitled", "adjusted", "overpaid"):
        line = tr(STATUS_LINE).format(status=STATUS.label(code), count=1)
        assert line in out  # in the language main() installed
    assert make.fupin(db_path, "aid", "reconcile", "--year", "2025-2026", "--term", "2") == 0
