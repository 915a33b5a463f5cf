"""export_tasks: filters, output to a file or stdout, errors as CommandError in Vietnamese."""

import csv
import io

import openpyxl
import pytest
from django.core.management import CommandError, call_command


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("export_tasks", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def ids_of(csv_text):
    rows = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff"), newline="")))
    return [int(r[0]) for r in rows[1:]]


def test_everything_to_stdout(world):
    out, err = run()
    assert out.startswith("\ufeffMã nhiệm vụ,")
    assert ids_of(out) == [world["first"].pk, world["second"].pk, world["third"].pk]
    assert err == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--status", "dang_thuc_hien"], ["second"]),
        (["--status", "Hoàn thành", "--status", "huy"], ["first", "third"]),
        (["--status", "hoàn thành"], ["first"]),
        (["--unit", "Trường Chính trị tỉnh"], ["second"]),
        (["--unit", "Báo Hòa Lâm"], ["first", "second"]),  # support in one, lead in the other
        (["--since", "01/04/2025"], ["second"]),
        (["--until", "2025-04-30"], ["first"]),
        (["--since", "01/01/2025", "--until", "31/12/2025"], ["first", "second"]),
        (["--directive", "05-CT/TW"], ["first"]),
        (["--directive", "35-NQ/TW", "--status", "dang_thuc_hien"], ["second"]),
    ],
)
def test_filters(world, args, expected):
    out, _ = run(*args)
    assert ids_of(out) == [world[name].pk for name in expected]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "xong"], "--status: tình trạng «xong» không có"),
        (["--unit", "Ban Ma"], "--unit: không tìm thấy đơn vị «Ban Ma»"),
        (["--since", "32/01/2025"], "--since: ngày «32/01/2025» không hợp lệ"),
        (["--since", "02/01/2025", "--until", "01/01/2025"], "--since phải trước"),
        (["--directive", "1-XX/YY"], "không tìm thấy văn bản chỉ đạo số hiệu «1-XX/YY»"),
        (["-o", "/khong/co/thu/muc/a.csv"], "không có thư mục"),
        (["--format", "xlsx"], "không thể ghi XLSX ra luồng văn bản"),
    ],
)
def test_bad_arguments(world, args, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(")):
        run(*args)


def test_to_a_file_with_progress_on_stderr(world, tmp_path):
    target = tmp_path / "nv.csv"
    out, err = run("-o", str(target), "--status", "huy")
    assert out == ""
    assert "Đã xuất 1 nhiệm vụ" in err
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert ids_of(data.decode("utf-8")) == [world["third"].pk]


def test_xlsx_chosen_by_file_extension(world, tmp_path):
    target = tmp_path / "nv.xlsx"
    run("-o", str(target))
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [world["first"].pk, world["second"].pk, world["third"].pk]
