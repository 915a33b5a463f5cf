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
