"""The aid catalogue (资助): programs, standards and payments as fields, and the choice
sets of aid (who a standard entitles, how a payment is made, the terms, the
reconciliation statuses). Forms, tables, PDF forms and the services read it; the rules
that use it live in services/aid (docs/architecture.md, "Aid").
"""

from __future__ import annotations

from fupin_desktop.i18n import N_
from fupin_desktop.schema.choices import STAGE
from fupin_desktop.schema.fields import Catalogue, Field, Kind, choices
from fupin_desktop.schema.needs import NEEDY_FLAGS

# -- conditions -----------------------------------------------------------------------
#
# Who a standard entitles. A small fixed set, evaluated in one place
# (services.aid.entitlements.condition_met):
#   all                every enrolled student of the stage
#   needy              a needy family (schema/needs.py: the categories and statuses)
#   registered_poor    registered poor household (建档立卡) only
#   boarder            every boarder (寄宿生)
#   boarder_needy      a boarder from a needy family (家庭经济困难寄宿生)
#   non_boarder_needy  a day pupil from a needy family (非寄宿生生活补助)
# An unknown code (from a newer program's package) entitles nobody: refusing money by
# mistake shows up as "unpaid" in the reconciliation; paying it by mistake would not.

NEEDY_KEYS = NEEDY_FLAGS

CONDITION = choices(
    "aid_condition",
    ("all", N_("All students")),
    ("needy", N_("Needy families")),
    ("registered_poor", N_("Registered poor households")),
    ("boarder", N_("Boarders")),
    ("boarder_needy", N_("Boarders from needy families")),
    ("non_boarder_needy", N_("Day pupils from needy families")),
)

# How a program reaches the child: cash owed to the child (paid and reconciled), or
# provided (meals, waived fees, books): recorded per class and term, never owed.
PROVISION = choices(
    "aid_provision",
    ("cash", N_("Cash to the child")),
    ("meals", N_("Meals provided")),
    ("in_kind", N_("Provided in kind")),
)
CASH = "cash"

# A term list's state: prepared by the aid officer, confirmed by the principal.
LIST_STATE = choices("aid_list_state", ("prepared", N_("Prepared")), ("confirmed", N_("Confirmed")))


PAYMENT_METHOD = choices(
    "payment_method",
    ("bank_card", N_("Bank card")),
    ("cash", N_("Cash")),
    ("school_meal", N_("School meals")),
    ("in_kind", N_("In kind")),
)

TERM = choices("term", ("1", N_("Autumn term")), ("2", N_("Spring term")))

# Reconciliation status of one student and program in a term.
STATUS = choices(
    "aid_status",
    ("ok", N_("Paid")),
    ("unpaid", N_("Unpaid")),
    ("underpaid", N_("Underpaid")),
    ("overpaid", N_("Overpaid")),
    ("double_claim", N_("Double claim")),
    ("not_entitled", N_("Paid, not entitled")),
    # A program with no standard at all (donations): every payment is its own decision.
    ("ad_hoc", N_("Ad hoc")),
    # Confirmed, then corrected by an explicit adjustment with a reason; paid as adjusted.
    ("adjusted", N_("Adjusted")),
    # Meals and aid in kind: provided to the class, never a child's unpaid money.
    ("provided", N_("Provided")),
    ("to_record", N_("Provision not yet recorded")),
)
FLAGGED = ("unpaid", "underpaid", "overpaid", "double_claim", "not_entitled")

# -- catalogues -----------------------------------------------------------------------

AID_PROGRAM = Catalogue(
    "aid_program",
    (
        Field(
            "code",
            N_("Code"),
            required=True,
            width=16,
            max_length=40,
            help=N_("Lower-case letters, digits and _; cannot be changed later."),
        ),
        Field("name", N_("Program name"), required=True, width=16, in_table=True, max_length=60),
        Field("funding_source", N_("Funding source"), width=14, in_table=True, max_length=60),
        Field(
            "per_term",
            N_("Paid each term"),
            Kind.BOOL,
            width=6,
            in_table=True,
            help=N_("Half the yearly amount each term; otherwise all of it in the autumn."),
        ),
        Field("active", N_("Active"), Kind.BOOL, width=5, in_table=True),
        Field("note", N_("Note"), width=20, in_table=True, max_length=200),
    ),
)

AID_STANDARD = Catalogue(
    "aid_standard",
    (
        Field(
            "stage", N_("Stage"), Kind.CHOICE, required=True, choices=STAGE, width=8, in_table=True
        ),
        Field(
            "condition",
            N_("Who is entitled"),
            Kind.CHOICE,
            required=True,
            choices=CONDITION,
            width=16,
            in_table=True,
        ),
        Field(
            "amount_fen",
            N_("Amount a year (yuan)"),
            Kind.MONEY,
            required=True,
            width=10,
            in_table=True,
            help=N_("0 for aid in kind (tuition waiver, textbooks)."),
        ),
        Field("valid_from", N_("Valid from"), Kind.DATE, required=True, width=11, in_table=True),
        Field(
            "valid_to",
            N_("Valid to"),
            Kind.DATE,
            width=11,
            in_table=True,
            help=N_("The last day it applies; empty while it still applies."),
        ),
        Field(
            "province",
            N_("Province"),
            width=8,
            in_table=True,
            max_length=20,
            help=N_("Empty for a national standard."),
        ),
    ),
)

AID_PAYMENT = Catalogue(
    "aid_payment",
    (
        Field("amount_fen", N_("Amount (yuan)"), Kind.MONEY, required=True, width=10),
        Field("paid_on", N_("Date paid"), Kind.DATE, required=True, width=11),
        Field("method", N_("Method"), Kind.CHOICE, required=True, choices=PAYMENT_METHOD, width=8),
        Field("funding_source", N_("Funding source"), width=14, max_length=60),
        Field(
            "received_by",
            N_("Received by"),
            required=True,
            width=8,
            max_length=40,
            help=N_("The student or guardian who received it (signs the list)."),
        ),
        Field("signed_by", N_("Handed over by"), width=8, max_length=40),
        Field("note", N_("Note"), width=20, max_length=200),
    ),
)

AID_ADJUSTMENT = Catalogue(
    "aid_adjustment",
    (
        Field(
            "amount_fen",
            N_("Change (yuan)"),
            Kind.MONEY,
            required=True,
            width=10,
            help=N_("Added to the confirmed amount; negative to take some off."),
        ),
        Field("reason", N_("Reason"), required=True, width=24, max_length=200),
    ),
)
