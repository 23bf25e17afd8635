"""The care forms through pytest-qt: teachers, pairings, quick visit entry, diary, calls,
the left-behind profile, the rules, the timeline, the coverage view and the home screen.
Chinese goes in with setText/insert (keyClicks with Chinese aborts PySide6 6.11)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from fupin_desktop.db.models import DiaryEntry, FamilyCall, Pairing, Teacher, Visit
from fupin_desktop.schema.care import PAIRING
from fupin_desktop.services.calendar import school_calendar
from fupin_desktop.services.care import left_behind as care
from fupin_desktop.services.care import reminder_rules, visits
from fupin_desktop.services.students import files as students
from tests import builders as make
from tests.builders import PRINCIPAL

TODAY = dt.date.today()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the dialogs would show in a message box, collected instead."""
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.operations.show_error", lambda _parent, exc: shown.append(exc))
    return shown


def test_teacher_dialog_creates_a_teacher(ui_session, qtbot, errors) -> None:
    from ui.care.teachers_page import TeacherDialog

    dialog = TeacherDialog(PRINCIPAL, None)
    qtbot.addWidget(dialog)
    dialog.form.editor("name").line_edit.setText("周老师")
    dialog.form.editor("phone").line_edit.setText("13912345678")
    dialog.form.editor("subject").line_edit.insert("数学")
    dialog.accept()
    assert errors == []
    teacher = Teacher.get(Teacher.name == "周老师")
    assert (teacher.phone, teacher.subject, teacher.active) == ("13912345678", "数学", True)
    assert teacher.school_id == ui_session.info.school_id


def test_teacher_dialog_shows_a_bad_phone_beside_the_field(ui_session, qtbot, errors) -> None:
    from ui.care.teachers_page import TeacherDialog

    dialog = TeacherDialog(PRINCIPAL, None)
    qtbot.addWidget(dialog)
    dialog.form.editor("name").line_edit.setText("周老师")
    dialog.form.editor("phone").line_edit.setText("12")
    dialog.accept()
    assert dialog.form.editor("phone").error()
    assert Teacher.select().count() == 0


def test_pairing_dialog_pairs_the_checked_students(ui_session, qtbot, errors) -> None:
    from ui.care.teachers_page import PairingDialog

    teacher = make.teacher(ui_session.info)
    first = make.needy_student(ui_session.info, "甲")
    make.needy_student(ui_session.info, "乙")
    dialog = PairingDialog(PRINCIPAL, teacher)
    qtbot.addWidget(dialog)
    assert dialog.students.count() == 2
    item = next(
        dialog.students.item(i)
        for i in range(dialog.students.count())
        if dialog.students.item(i).data(Qt.ItemDataRole.UserRole) == first
    )
    assert "应结对" in item.text()
    item.setCheckState(Qt.CheckState.Checked)
    dialog.form.editor("kind").set_value("one_to_many")
    dialog.form.editor("goals").input_widget.setPlainText("提高数学成绩")
    dialog.accept()
    assert errors == []
    pairing = Pairing.get(Pairing.student == first)
    assert (pairing.teacher_id, pairing.kind, pairing.goals) == (
        teacher,
        "one_to_many",
        "提高数学成绩",
    )
    assert Pairing.select().count() == 1


def test_quick_entry_starts_from_the_previous_visit_and_moves_on(ui_session, qtbot, errors) -> None:
    from ui.care.visit_entry import VisitQuickEntry

    teacher = make.teacher(ui_session.info)
    first = make.needy_student(ui_session.info, "甲")
    second = make.needy_student(ui_session.info, "乙")
    make.pairing(teacher, first, TODAY - dt.timedelta(days=60))
    make.pairing(teacher, second, TODAY - dt.timedelta(days=60))
    visits.save(
        PRINCIPAL,
        None,
        teacher,
        first,
        {
            "visit_date": TODAY - dt.timedelta(days=20),
            "method": "talk",
            "living_conditions": "与祖辈同住",
            "child_state": "情绪稳定",
        },
    )
    dialog = VisitQuickEntry(PRINCIPAL, teacher)
    qtbot.addWidget(dialog)
    assert dialog.current().student_id == first
    # Nothing of last month unless asked for ("Use last time"): then the context.
    assert dialog.form.editor("living_conditions").value() == ""
    dialog.use_last.click()
    assert dialog.form.editor("living_conditions").value() == "与祖辈同住"
    assert dialog.form.editor("child_state").value() == ""
    assert dialog.form.editor("method").value() == "talk"
    dialog.form.editor("child_state").input_widget.setPlainText("作业按时完成")
    dialog.form.editor("visit_date").line_edit.setText((TODAY - dt.timedelta(days=1)).isoformat())
    assert dialog.save_and_next()
    assert errors == []
    saved = Visit.get((Visit.student == first) & (Visit.child_state == "作业按时完成"))
    assert saved.living_conditions == "与祖辈同住" and saved.pairing_id is not None
    # On to the next child, keeping the date and method of the round.
    assert dialog.current().student_id == second
    assert dialog.form.editor("visit_date").value() == TODAY - dt.timedelta(days=1)
    assert dialog.form.editor("method").value() == "talk"
    assert dialog.form.editor("living_conditions").value() == ""
    # The last child: saved once; a second Ctrl+Enter saves nothing more.
    dialog.form.editor("child_state").input_widget.setPlainText("很好")
    assert dialog.save_and_next()
    assert not dialog.save_and_next()
    assert not dialog.save_next.isEnabled()
    assert Visit.select().where(Visit.student == second).count() == 1


def test_quick_entry_refuses_a_visit_without_a_date(ui_session, qtbot, errors) -> None:
    from ui.care.visit_entry import VisitQuickEntry

    teacher = make.teacher(ui_session.info)
    child = make.needy_student(ui_session.info)
    make.pairing(teacher, child, TODAY - dt.timedelta(days=30))
    dialog = VisitQuickEntry(PRINCIPAL, teacher)
    qtbot.addWidget(dialog)
    dialog.form.editor("visit_date").line_edit.setText("")
    assert not dialog.save_and_next()
    assert dialog.form.editor("visit_date").error()
    assert Visit.select().count() == 0


def test_diary_and_call_dialogs_save_for_the_teacher(ui_session, qtbot, errors) -> None:
    from ui.care.records import CallDialog, DiaryDialog
    from ui.session import teacher_actor

    teacher = make.teacher(ui_session.info, "许老师")
    child = make.needy_student(ui_session.info)
    actor = teacher_actor(teacher, "许老师")
    diary = DiaryDialog(actor, child)
    qtbot.addWidget(diary)
    assert diary.teacher.teacher_id() == teacher and not diary.teacher.isEnabled()
    diary.form.editor("category").set_value("feelings")
    diary.form.editor("mood").set_value("sad")
    diary.form.editor("what_happened").input_widget.setPlainText("想妈妈了")
    diary.accept()
    call = CallDialog(actor, child)
    qtbot.addWidget(call)
    call.form.editor("who_spoke").line_edit.setText("母亲")
    call.form.editor("minutes").line_edit.setText("15")
    call.accept()
    assert errors == []
    entry = DiaryEntry.get(DiaryEntry.student == child)
    assert (entry.teacher_id, entry.category, entry.what_happened) == (
        teacher,
        "feelings",
        "想妈妈了",
    )
    saved_call = FamilyCall.get(FamilyCall.student == child)
    assert (saved_call.who_spoke, saved_call.minutes) == ("母亲", 15)


def test_profile_dialog_makes_the_child_left_behind(ui_session, qtbot, errors) -> None:
    from ui.care.records import LeftBehindProfileDialog

    child = make.needy_student(ui_session.info)
    dialog = LeftBehindProfileDialog(PRINCIPAL, child)
    qtbot.addWidget(dialog)
    dialog.form.editor("parent_away").set_value("both")
    dialog.form.editor("work_province").line_edit.setText("广东")
    dialog.form.editor("work_city").line_edit.setText("东莞")
    dialog.form.editor("guardian_name").line_edit.setText("李奶奶")
    dialog.accept()
    assert errors == []
    assert students.get_file(PRINCIPAL, child).values["left_behind"] is True
    profile = care.current_profile(PRINCIPAL, child)
    assert profile is not None and profile["work_city"] == "东莞"


def test_rules_dialog_saves_an_edited_rule(ui_session, qtbot, errors) -> None:
    from fupin_desktop.db.models import Installation
    from ui.care.rules import RulesDialog

    # The rules are the township's reference data: edited in a township ledger only.
    Installation.update(role="township").where(Installation.id == 1).execute()
    dialog = RulesDialog(PRINCIPAL)
    qtbot.addWidget(dialog)
    rows = dialog.rows.rows()
    talk = next(i for i, r in enumerate(rows) if r["id"] == "paired_talk")
    rows[talk]["min_count"] = "4"
    dialog.rows.set_rows(rows)
    dialog.accept()
    assert errors == []
    rules = {r.code: r for r in reminder_rules.list_rules()}
    assert rules["paired_talk"].min_count == 4
    assert rules["paired_home_visit"].min_count == 1


def test_timeline_shows_every_kind_newest_first(ui_session, qtbot) -> None:
    from ui.care.timeline import ChildTimelineDialog

    teacher = make.teacher(ui_session.info)
    child = make.needy_student(ui_session.info, "王丽")
    make.pairing(teacher, child, TODAY - dt.timedelta(days=90))
    visits.save(
        PRINCIPAL,
        None,
        teacher,
        child,
        {
            "visit_date": TODAY - dt.timedelta(days=30),
            "method": "home_visit",
            "child_state": "很好",
        },
    )
    care.save_diary(
        PRINCIPAL,
        None,
        child,
        teacher,
        {
            "entry_date": TODAY - dt.timedelta(days=10),
            "category": "study",
            "what_happened": "考试进步",
        },
    )
    care.save_call(
        PRINCIPAL,
        None,
        child,
        None,
        {"call_date": TODAY - dt.timedelta(days=3), "who_spoke": "父亲"},
    )
    dialog = ChildTimelineDialog(child, actor=PRINCIPAL)
    qtbot.addWidget(dialog)
    assert [i.kind for i in dialog.items] == ["family_call", "diary_entry", "visit"]
    text = dialog.browser.toPlainText()
    assert text.index("父亲") < text.index("考试进步") < text.index("很好")
    assert "王丽" in dialog.heading.text()
    # The pairings above: the catalogue's wording of a pairing's fields.
    model = dialog.pairing_model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    keys = ("kind", "start_date", "end_date", "end_reason")
    assert titles[1:] == [PAIRING[k].title for k in keys]


def test_coverage_page_and_home_screen(ui_session, qtbot) -> None:
    from ui.care.coverage import CoveragePage
    from ui.care.home import HomePage

    teacher = make.teacher(ui_session.info, "许老师")
    child = make.needy_student(ui_session.info)
    make.needy_student(ui_session.info, "乙")  # entitled, no pairing
    make.pairing(teacher, child, TODAY - dt.timedelta(days=200))
    page = CoveragePage()
    qtbot.addWidget(page)
    page.show()  # pages load when first shown
    total = page.coverage.total
    assert (total.students, total.paired, total.entitled_unpaired) == (2, 1, 1)
    assert page.table.model.rowCount() == 2  # the class and the total
    home = HomePage()
    qtbot.addWidget(home)
    # Nothing is read before the page shows; then a placeholder, then the figures.
    assert home.principal_home.tiles["unpaired"].number.text() == "–"
    home.show()
    qtbot.waitUntil(lambda: home.principal_home.tiles["unpaired"].number.text() == "1")
    assert home.stack.currentWidget() is home.principal_home
    home.set_teacher(teacher)
    assert home.stack.currentWidget() is home.teacher_home
    assert home.current_actor().teacher_id == teacher
    due = home.teacher_home.due.model.rows()
    if school_calendar().term_of(TODAY) is not None:
        assert {i.student_id for i in due} == {child}
        assert "许老师" in home.teacher_home.title.text()


def test_care_page_opens_every_tab(ui_session, qtbot) -> None:
    from ui.care.page import CarePage

    make.teacher(ui_session.info)
    page = CarePage()
    qtbot.addWidget(page)
    page.show()  # tabs load when first shown
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
    assert page.teachers.teacher_model.rowCount() == 1


def test_township_picks_the_school_of_a_new_teacher(
    township_db, db_path, qapp, qtbot, monkeypatch
) -> None:
    from fupin_desktop.db.models import School
    from ui import tasks
    from ui.care.teachers_page import TeacherDialog
    from ui.session import Session, set_session

    monkeypatch.setattr(tasks, "_runner", tasks.TaskRunner(synchronous=True))
    School(code="4301230002", name="油铺小学", school_type="complete_primary").save()
    session = Session(db_path)
    session.refresh()
    set_session(session)
    dialog = TeacherDialog(PRINCIPAL, None)
    qtbot.addWidget(dialog)
    dialog.school.setCurrentIndex(dialog.school.findText("油铺小学"))
    dialog.form.editor("name").line_edit.setText("孙老师")
    dialog.accept()
    assert Teacher.get(Teacher.name == "孙老师").school.name == "油铺小学"


def test_left_behind_list_is_searched_by_pinyin_and_class(ui_session, qtbot) -> None:
    from ui.care.left_behind_page import LeftBehindPage

    for name, klass in (("蔡明", "1班"), ("王芳", "2"), ("王刚", "2班")):
        make.left_behind_profile(make.student(ui_session.info, name, class_name=klass))
    page = LeftBehindPage()
    qtbot.addWidget(page)
    page.reload()
    assert page.model.rowCount() == 3
    # Nothing chosen: the buttons are off rather than doing nothing.
    assert not any(b.isEnabled() for b in page.buttons.values())
    page.search.setText("cai")
    assert [r.name for r in page.model.rows()] == ["蔡明"]
    page.search.setText("w")
    assert sorted(r.name for r in page.model.rows()) == ["王刚", "王芳"]
    page.search.clear()
    # "2" and "2班" are one class (written one way), and the list offers it once.
    classes = [page.klass.itemText(i) for i in range(page.klass.count())]
    assert classes == ["全部班级", "3年级1班", "3年级2班"]
    page.klass.setCurrentIndex(2)
    assert sorted(r.name for r in page.model.rows()) == ["王刚", "王芳"]
    page.view.selectRow(0)
    assert all(b.isEnabled() for b in page.buttons.values())


def test_teacher_pickers_type_ahead_in_pinyin(ui_session, qtbot) -> None:
    from PySide6.QtTest import QTest

    from ui.care.common import TeacherCombo

    for name in ("张老师", "陈老师", "李老师"):
        make.teacher(ui_session.info, name)
    combo = TeacherCombo()
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["陈老师", "李老师", "张老师"]
    QTest.keyClicks(combo, "zl")
    assert combo.currentText() == "张老师"


def test_hand_over_asks_for_another_teacher_and_can_be_cancelled(
    ui_session, qtbot, monkeypatch, errors
) -> None:
    """The handover dialog starts with no teacher chosen (its button handed the child to
    the first teacher of the list, the same one too) and has Cancel; handing over to the
    teacher who already looks after the child is refused in words and changes nothing."""
    from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox

    from fupin_desktop.services.care import pairings
    from ui.care.teachers_page import TeachersPage

    school = ui_session.info.school_id
    li = make.teacher(school, "李老师")
    make.teacher(school, "王老师")
    child = make.needy_student(ui_session.info, name="王小花")
    make.pairing(li, child, TODAY - dt.timedelta(days=30))
    page = TeachersPage()
    qtbot.addWidget(page)
    page.show()
    page.reload()
    names = [page.teacher_model.rows()[r].name for r in range(page.teacher_model.rowCount())]
    page.teacher_view.selectRow(names.index("李老师"))
    page.pairing_view.selectRow(0)
    seen: list[tuple[bool, bool]] = []
    choose: list[str] = []

    def exec_(dialog: QDialog) -> int:
        combo = dialog.findChild(QComboBox)
        buttons = dialog.findChild(QDialogButtonBox)
        ok = next(
            b
            for b in buttons.buttons()
            if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        seen.append((combo.currentData() is None and not ok.isEnabled(), cancel is not None))
        if not choose:
            return int(QDialog.DialogCode.Rejected)
        combo.setCurrentIndex(combo.findText(choose[0]))
        assert ok.isEnabled()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QDialog, "exec", exec_)
    page.hand_over()  # cancelled
    choose.append("李老师")  # the same teacher
    page.hand_over()
    assert seen == [(True, True), (True, True)]
    assert len(errors) == 1 and "李老师" in errors[0].message, errors
    rows = pairings.for_student(PRINCIPAL, child)
    assert [(r.teacher_name, r.end_date) for r in rows] == [("李老师", None)]
