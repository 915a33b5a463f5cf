"""`import_seeds`: progress and summary, exit codes, bad files, fault isolation."""

import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from reports.loading import load as load_module
from reports.models import Meeting, SourceDocument, Task
from reports.services import imports

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]

GOOD = (
    "Hội nghị giao ban công tác tuyên giáo quý {n} năm 2024\n\n"
    "Ngày 5/{n}/2024, Ban Tuyên giáo Huyện ủy Số {n} tổ chức Hội nghị giao ban. "
    "Đồng chí Trần Văn Bình, Trưởng ban chủ trì Hội nghị.\n"
)


def run(*args):
    out = io.StringIO()
    try:
        call_command("import_seeds", *args, stdout=out, stderr=io.StringIO())
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue()


def write_good(folder: Path, n: int) -> Path:
    path = folder / f"good_{n}.txt"
    path.write_text(GOOD.format(n=n), encoding="utf-8")
    return path


def test_imports_the_seeds_and_a_second_run_reports_all_unchanged(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    code, out = run(str(seeds))
    assert code == 0, out
    assert "mới 5" in out
    assert SourceDocument.objects.count() == 5
    stamps = sorted(map(str, Task.objects.values_list("updated_at", flat=True)))
    counts = (Meeting.objects.count(), Task.objects.count())
    code, out = run(str(seeds))
    assert code == 0
    assert "không đổi 5" in out
    assert (Meeting.objects.count(), Task.objects.count()) == counts
    assert sorted(map(str, Task.objects.values_list("updated_at", flat=True))) == stamps


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "rỗng"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "nhị phân"),
        ("undecodable.txt", bytes(range(0x80, 0x100)) * 4, ""),
        ("huge.txt", "Hội nghị ".encode() * 400_000, "quá lớn"),
    ],
)
def test_bad_file_is_reported_by_name_and_nothing_of_it_is_written(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    write_good(tmp_path, 1)
    code, out = run(str(tmp_path))
    assert code == 1
    assert f"{name}: LỖI" in out and reason in out
    assert list(SourceDocument.objects.values_list("file_name", flat=True)) == ["good_1.txt"]


def test_file_that_disappears_mid_run_is_reported(tmp_path, monkeypatch):
    paths = [write_good(tmp_path, n) for n in (1, 2, 3)]
    real_import = imports.file_import

    def vanish_second(path, **kw):
        if path == paths[1]:
            path.unlink()
        return real_import(path, **kw)

    monkeypatch.setattr(imports, "file_import", vanish_second)
    code, out = run(str(tmp_path))
    assert code == 1
    assert "good_2.txt: LỖI (không tìm thấy tệp)" in out
    assert SourceDocument.objects.count() == 2


def test_failure_while_loading_document_k_leaves_the_others_and_nothing_of_k(tmp_path, monkeypatch):
    for n in range(1, 6):
        write_good(tmp_path, n)
    real_tasks = load_module._Loader._meetings

    def explode_on_third(self):
        meetings = real_tasks(self)  # written first, so the rollback has something to undo
        if self.doc.file_name == "good_3.txt":
            raise ValueError("lỗi giả lập")
        return meetings

    monkeypatch.setattr(load_module._Loader, "_meetings", explode_on_third)
    code, out = run(str(tmp_path))
    assert code == 1
    assert "good_3.txt: LỖI" in out and "lỗi giả lập" in out
    loaded = set(SourceDocument.objects.values_list("file_name", flat=True))
    assert loaded == {"good_1.txt", "good_2.txt", "good_4.txt", "good_5.txt"}
    assert Meeting.objects.filter(source_document__file_name="good_3.txt").count() == 0

    monkeypatch.setattr(load_module._Loader, "_meetings", real_tasks)
    code, out = run(str(tmp_path))
    assert code == 0
    assert "mới 1" in out and "không đổi 4" in out


def test_dry_run_says_what_it_would_do_and_writes_nothing(tmp_path):
    write_good(tmp_path, 1)
    code, out = run(str(tmp_path), "--dry-run")
    assert code == 0
    assert "CHẠY THỬ" in out and "mới 1" in out
    assert SourceDocument.objects.count() == 0


def test_an_empty_folder_is_a_clear_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        call_command("import_seeds", str(tmp_path), stdout=io.StringIO())


def test_a_missing_file_is_reported_by_name(tmp_path):
    write_good(tmp_path, 1)
    code, out = run(str(tmp_path / "nowhere.txt"), str(tmp_path / "good_1.txt"))
    assert code == 1
    assert "nowhere.txt: LỖI (không tìm thấy tệp)" in out
    assert SourceDocument.objects.count() == 1


def test_control_characters_in_file_names_are_stripped(tmp_path):
    path = tmp_path / "bai\x1b[31mdo\x07\u202e.txt"
    path.write_text(GOOD.format(n=1), encoding="utf-8")
    code, out = run(str(path))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "bai[31mdo.txt: mới" in out
    assert SourceDocument.objects.get().file_name == "bai[31mdo.txt"


def test_the_same_words_in_a_word_file_are_unchanged(tmp_path):
    from tests.upload.files import seed_docx

    text = GOOD.format(n=1)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    run(str(tmp_path / "a.txt"))
    (tmp_path / "a.docx").write_bytes(seed_docx(text.replace("\n\n", "\n\n\n")))
    code, out = run(str(tmp_path / "a.docx"))
    assert code == 0 and "a.docx: không đổi" in out
    assert SourceDocument.objects.count() == 1


def test_a_near_copy_is_flagged_and_held_back_unless_asked(tmp_path):
    text = " ".join(f"Câu thứ {i} của bài viết về hội nghị giao ban quý {i}." for i in range(40))
    (tmp_path / "goc.txt").write_text(text, encoding="utf-8")
    run(str(tmp_path / "goc.txt"))
    copy = tmp_path / "ban_sao.txt"
    copy.write_text(text.replace("Câu thứ 20 ", "Đoạn thứ 20 "), encoding="utf-8")
    code, out = run(str(copy))
    assert code == 0
    assert "ban_sao.txt: có thể trùng, chưa nạp" in out
    assert "có thể trùng với #" in out and "(tệp goc.txt" in out and "% cụm từ giống)" in out
    assert SourceDocument.objects.count() == 1
    code, out = run(str(copy), "--load-similar")
    assert code == 0 and "ban_sao.txt: mới" in out and "có thể trùng với #" in out
    assert SourceDocument.objects.count() == 2


def test_a_database_error_is_retried_then_reported_without_its_raw_text(tmp_path, monkeypatch):
    from django.db import IntegrityError

    write_good(tmp_path, 1)
    attempts = []

    def collide(self):
        attempts.append(self.doc.file_name)
        raise IntegrityError('duplicate key value violates unique constraint "unitalias_key"')

    monkeypatch.setattr(load_module._Loader, "run", collide)
    code, out = run(str(tmp_path))
    assert code == 1
    assert len(attempts) == 3  # a key a concurrent import took is found on the next attempt
    assert "good_1.txt: LỖI (không ghi được vào cơ sở dữ liệu" in out
    assert "duplicate key" not in out and "unitalias" not in out
    assert SourceDocument.objects.count() == 0
