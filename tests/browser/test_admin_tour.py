"""The staff admin in a real browser: log in, search without diacritics, add a directive to a
task through autocomplete and see it in history, a viewer has no save button, a stale save
is refused."""

import pytest
from django.contrib.auth.models import Group, Permission

from reports.models import Citation, TaskUnit
from reports.services import review
from tests import factories as f
from tests.browser.conftest import PASSWORD, login, shot, update_docs_picture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("bientap", "bt@example.vn", PASSWORD)


@pytest.fixture
def viewer(django_user_model):
    user = django_user_model.objects.create_user("nguoixem", password=PASSWORD, is_staff=True)
    # Live-server tests empty the tables after each test, the group of the roles migration
    # with them (tests/admin/test_roles.py tests that group): make it again, as it is made.
    group, _ = Group.objects.get_or_create(name="Người xem")
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="reports", codename__startswith="view_")
    )
    user.groups.add(group)
    f.grant_units(user, all_units=True)  # the tour shows every unit's records
    return user


@pytest.fixture
def office():
    province = f.make_unit("Tỉnh ủy Quảng Ninh")
    board = f.make_unit("Ban Tuyên giáo và Dân vận Tỉnh ủy", parent=province, short_name="BTGDV")
    bloc = f.make_unit("Đảng ủy Khối các cơ quan tỉnh", parent=province)
    giao_ban = f.make_meeting(
        title="Hội nghị giao ban công tác tuyên giáo quý I năm 2025",
        kind="giao_ban",
        host_unit=board,
        start_date="2025-04-10",
        period_label="quý I năm 2025",
    )
    f.make_meeting(
        title="Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW",
        host_unit=bloc,
        start_date="2025-03-02",
    )
    f.make_meeting(
        title="Tổng kết công tác báo cáo viên năm 2024",
        host_unit=board,
        start_date="2025-01-15",
        kind="tong_ket",
    )
    directive = f.make_directive(
        code="05-CT/TW",
        label="Chỉ thị số 05-CT/TW",
        subject="về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    )
    task = f.make_task(
        meeting=giao_ban,
        text="Tiếp tục tuyên truyền sâu rộng việc học tập và làm theo tư tưởng Hồ Chí Minh",
        due_date="2025-06-30",
    )
    TaskUnit.objects.create(task=task, unit=board, role=TaskUnit.Role.LEAD)
    TaskUnit.objects.create(task=task, unit=bloc, role=TaskUnit.Role.SUPPORT)
    return {"task": task, "directive": directive, "meeting": giao_ban}


def test_log_in(page, editor):
    login(page, "bientap")
    assert "Quản trị dữ liệu" in page.content()
    assert page.locator("text=Nhiệm vụ").first.is_visible()
    shot(page, "01-trang-chu")


def test_search_a_meeting_without_diacritics(page, editor, office):
    login(page, "bientap")
    page.goto(f"{page.base_url}/admin/reports/meeting/")
    page.fill("#searchbar", "giao ban tuyen giao")
    page.press("#searchbar", "Enter")
    page.wait_for_url("**q=giao+ban+tuyen+giao**")
    rows = page.locator("#result_list tbody tr")
    # the giao ban by its title, and the board's other meeting by its host ("Ban Tuyên giáo
    # và Dân vận"): meetings are found by their host unit too; not the bloc's meeting
    assert rows.count() == 2
    assert "Hội nghị giao ban công tác tuyên giáo quý I năm 2025" in rows.first.inner_text()
    assert "Tổng kết công tác báo cáo viên năm 2024" in rows.nth(1).inner_text()
    update_docs_picture(shot(page, "02-tim-hoi-nghi-khong-dau"), "admin-tour.png")


def test_add_a_directive_through_autocomplete_and_see_it_in_history(page, editor, office):
    task = office["task"]
    login(page, "bientap")
    page.goto(f"{page.base_url}/admin/reports/task/{task.pk}/change/")
    page.click("#citations-group .add-row a")
    page.click("#citations-0 .select2-selection")
    page.fill(".select2-container--open .select2-search__field", "chi thi 05")
    page.click(".select2-results__option >> text=05-CT/TW")
    page.fill("#id_citations-0-as_written", "Chỉ thị 05")
    shot(page, "03-them-van-ban-chi-dao")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")

    assert list(Citation.objects.filter(task=task).values_list("directive", flat=True)) == [
        office["directive"].pk
    ]
    page.click("a.historylink")
    page.wait_for_selector("#change-history")
    history = page.inner_text("#change-history")
    assert "Đã thêm trích dẫn" in history and "05-CT/TW" in history
    assert "bientap" in history
    shot(page, "04-lich-su-nhiem-vu")


def test_a_viewer_sees_no_save_button(page, viewer, office):
    login(page, "nguoixem")
    page.goto(f"{page.base_url}/admin/reports/task/{office['task'].pk}/change/")
    assert page.locator("input[name=_save]").count() == 0
    assert page.locator("input[name=_continue]").count() == 0
    assert "Tiếp tục tuyên truyền sâu rộng" in page.content()
    shot(page, "05-nguoi-xem")


def test_a_stale_save_is_refused(page, editor, office):
    task = office["task"]
    login(page, "bientap")
    page.goto(f"{page.base_url}/admin/reports/task/{task.pk}/change/")
    page.fill("#id_text", "Bản sửa của tôi, dựa trên trang đã cũ")

    # a colleague saves the task meanwhile
    colleague = type(task).objects.get(pk=task.pk)
    colleague.text = "Bản sửa của đồng nghiệp"
    review.record_save_edited(record=colleague, based_on_version=1, review_state_chosen=False)

    page.click("input[name=_save]")
    page.wait_for_selector(".errornote")
    assert "đã được người khác thay đổi và lưu" in page.content()
    shot(page, "06-luu-tu-trang-cu-bi-tu-choi")
    task.refresh_from_db()
    assert task.text == "Bản sửa của đồng nghiệp"
    assert task.version == 2


def test_from_a_task_to_its_words_in_the_source_document(page, editor):
    text = (
        "Hội nghị giao ban công tác tuyên giáo quý I năm 2025.\n\n"
        "Hội nghị đề ra các nhiệm vụ trọng tâm: 1. Tiếp tục tuyên truyền sâu rộng việc học tập "
        "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. <b>không phải HTML</b>"
    )
    doc = f.make_document(text=text, title="Giao ban quý I năm 2025")
    words = "Tiếp tục tuyên truyền sâu rộng việc học tập"
    start = text.index(words)
    task = f.make_task(
        text=words, source_document=doc, span_start=start, span_end=start + len(words)
    )
    meeting = f.make_meeting(source_document=doc, span_start=0, span_end=52)
    task.meeting = meeting
    task.save()

    login(page, "bientap")
    page.goto(f"{page.base_url}/admin/reports/task/{task.pk}/change/")
    page.click("a.evidence-link")
    page.wait_for_url(f"**#span-task-{task.pk}")
    target = page.locator("mark.evidence.is-target")
    assert target.count() == 1
    assert target.inner_text() == words
    # the untrusted text is shown as text, never as markup
    assert page.locator(".document-text b").count() == 0
    assert "<b>không phải HTML</b>" in page.inner_text(".document-text")
    shot(page, "07-van-ban-goc")
