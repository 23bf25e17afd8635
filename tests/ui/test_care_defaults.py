"""A care record opened for a child belongs to the child's own teacher: the dialog
defaults to the current pairing teacher (the proxy parent first), not to the first
teacher in the list; another teacher is warned about; the title names the child."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import builders as make

TODAY = dt.date.today()


@pytest.fixture
def child(ui_session):
    # 艾老师 sorts first in every list; the child is paired with 赵老师 only.
    first = make.teacher(ui_session.info, "艾老师")
    own = make.teacher(ui_session.info, "赵老师")
    proxy = make.teacher(ui_session.info, "钱老师")
    student = make.student(ui_session.info, "王丽")
    make.pairing(own, student, TODAY - dt.timedelta(days=60))
    return {"first": first, "own": own, "proxy": proxy, "student": student}


@pytest.mark.parametrize("kind", ["VisitDialog", "DiaryDialog", "CallDialog"])
def test_a_new_record_defaults_to_the_childs_teacher(kind, child, ui_session, qtbot) -> None:
    from ui.care import records

    dialog = getattr(records, kind)(ui_session.actor, child["student"])
    qtbot.addWidget(dialog)
    assert dialog.teacher.teacher_id() == child["own"]
    assert not dialog.not_paired.isVisibleTo(dialog)
    assert "王丽" in dialog.windowTitle() and "1班" in dialog.windowTitle()
    dialog.teacher.set_teacher(child["first"])
    assert dialog.not_paired.isVisibleTo(dialog)


def test_the_proxy_parent_comes_first(child, ui_session, qtbot) -> None:
    from ui.care.records import DiaryDialog

    ten_days_ago = TODAY - dt.timedelta(days=10)
    make.pairing(child["proxy"], child["student"], ten_days_ago, kind="proxy_parent")
    dialog = DiaryDialog(ui_session.actor, child["student"])
    qtbot.addWidget(dialog)
    assert dialog.teacher.teacher_id() == child["proxy"]


def test_the_profile_dialog_names_the_child(child, ui_session, qtbot) -> None:
    from ui.care.records import LeftBehindProfileDialog

    dialog = LeftBehindProfileDialog(ui_session.actor, child["student"])
    qtbot.addWidget(dialog)
    assert "王丽" in dialog.windowTitle()
