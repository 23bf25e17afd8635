"""First start and empty pages: each empty list says what to do first, with the button
that does it; the home page lists the first steps until they are done."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import builders as make
from tests.ui.test_app import isolated_settings  # noqa: F401  (a fixture)

# The main window keeps its geometry in QSettings: in a folder of the test's own.
pytestmark = pytest.mark.usefixtures("isolated_settings")


def _window(qtbot):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 690)
    window.show()
    return window


def test_an_empty_student_list_says_what_to_do_first(ui_session, qtbot, monkeypatch) -> None:
    from ui.students.list_page import StudentListPage

    asked: list[str] = []
    monkeypatch.setattr(StudentListPage, "import_roster", lambda self: asked.append("import"))
    monkeypatch.setattr(StudentListPage, "new_student", lambda self: asked.append("new"))
    window = _window(qtbot)
    page = window.go_to("students_page")
    assert window.pages.currentWidget() is page
    hint = page.empty_hint
    assert hint.isVisibleTo(page) and "还没有学生档案" in hint.label.text()
    assert [b.text() for b in hint.buttons] == ["导入花名册…", "新建学生档案"]
    for button in hint.buttons:
        button.click()
    assert asked == ["import", "new"]
    # Empty because of a search: said so, without the buttons.
    page.search.setText("zzz")
    page.reload()
    assert hint.label.text() == "没有符合搜索或筛选条件的学生。"
    assert not any(b.isVisibleTo(page) for b in hint.buttons)
    page.search.clear()
    make.student(ui_session.info, "张三")
    page.reload()
    assert not hint.isVisibleTo(page)


def test_teachers_and_pairings_say_what_to_do(ui_session, qtbot, monkeypatch) -> None:
    window = _window(qtbot)
    care = window.go_to("care_page")
    teachers = care.teachers
    teachers.reload()
    assert teachers.teachers_hint.isVisibleTo(teachers)
    assert not teachers.pairings_hint.isVisibleTo(teachers)  # no teacher chosen
    opened: list[object] = []
    monkeypatch.setattr(teachers, "_teacher_dialog", lambda row: opened.append(row))
    teachers.teachers_hint.buttons[0].click()
    assert opened == [None]
    make.teacher(ui_session.info, "周老师")
    teachers.reload()
    assert not teachers.teachers_hint.isVisibleTo(teachers)
    assert teachers.pairings_hint.isVisibleTo(teachers)
    assert teachers.pairings_hint.label.text() == "这位教师还没有结对学生。"


def test_first_steps_on_the_home_page_until_they_are_done(ui_session, qtbot, monkeypatch) -> None:
    window = _window(qtbot)
    home = window.home_page
    home.reload()
    steps = home.principal_home.first_steps
    assert steps.isVisibleTo(home)
    label, buttons = steps.steps["students"]
    assert [b.text() for b in buttons] == ["导入花名册…", "新建学生档案"]
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.students.list_page.StudentListPage.new_student", lambda self: opened.append("new")
    )
    buttons[1].click()  # takes the person to the student files
    assert opened == ["new"]
    assert window.pages.currentWidget() is window.students_page
    child = make.needy_student(ui_session.info, "张三")
    home._load_teachers()
    home.reload()
    label, buttons = steps.steps["students"]
    assert label.text().startswith("✓") and not buttons[0].isEnabled()
    assert steps.isVisibleTo(home)  # teachers and pairings are left
    teacher = make.teacher(ui_session.info, "周老师")
    make.pairing(teacher, child, dt.date.today() - dt.timedelta(days=1))
    home._load_teachers()
    home.reload()
    assert not steps.isVisibleTo(home)


@pytest.fixture
def township_session(township_db, fresh_session):
    fresh_session.refresh()
    return fresh_session


def test_the_township_home_names_the_township_and_its_first_step(
    township_session, qtbot, monkeypatch
) -> None:
    window = _window(qtbot)
    home = window.home_page
    # Not "the whole school": the township sees every school of the township.
    assert home.view_as.itemText(0) == f"{township_session.actor.name}（全乡镇各校）"
    home.reload()
    steps = home.principal_home.first_steps
    assert list(steps.steps) == ["packages"]
    opened: list[str] = []
    monkeypatch.setattr(type(window), "import_package", lambda self: opened.append("import"))
    steps.steps["packages"][1][0].click()
    assert opened == ["import"]
