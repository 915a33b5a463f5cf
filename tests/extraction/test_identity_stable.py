"""A document's identity (the fingerprint of its folded words, issue #11) survives changes to
how files become text: every development document read by today's intake has the fingerprint
its text had under the intake before the document model (pipe-row tables, PDF unwrapping,
page numbers dropped; main at cc294b2, computed once and kept here). A stored document
re-imported after such a change is then "không đổi", not a second copy.

``tests/extraction/identity/`` holds the web pages, Word files and PDF-copied text of the
second development set (../shared/dev-extra2, fiction) that exercise those changes."""

from pathlib import Path

import pytest

from reports.extraction.fingerprint import fingerprint
from reports.extraction.formats import document_text

ROOT = Path(__file__).resolve().parents[2]

BEFORE = [
    (
        "seeds/000_f136ee392f99b48a.txt",
        "1bf6cbfca8d43904cec09833e1956f69ec4e6c427feddb4535addc2fc6e4ccbc",
    ),
    (
        "seeds/001_dbb935f085cfcc7b.txt",
        "7d7613e65434ef734bc3f3361b925a1f7671c990fc357c9b0a8bcad1c837af75",
    ),
    (
        "seeds/002_ca49f52b1e744991.txt",
        "933d0a8a2ce971a889eec72f43878144d8a8e121a53623c5ea6c163e30799dda",
    ),
    (
        "seeds/003_20ebb9310891f753.txt",
        "dffb6a1a7f9ad4bf29ddf051f1a5d09e383757cba3f72c2c62ec1adc24714472",
    ),
    (
        "seeds/004_0a37a4873653b0e2.txt",
        "e3fdcf812457fb2f11794949acf22eb1cf55e3001e78a95bbcc419134f850125",
    ),
    (
        "tests/extraction/heldout/docs/h01_lam_giang_giao_ban_btg_huyen_quy_i_2023.txt",
        "7fc0c50bd7e8bb863be7d9cb6998809eb72d0233296de7bdf1e4dbe5a32bc9e2",
    ),
    (
        "tests/extraction/heldout/docs/h02_son_nguyen_toa_dam_nen_tang_tu_tuong_2023.txt",
        "4d69ef076ee5bd08dd03fa30a8fe2f4373f48e7230f12702ef959c830f7e7826",
    ),
    (
        "tests/extraction/heldout/docs/h03_cao_lam_bao_cao_vien_thang_01_2024.txt",
        "fdf0a59154ec1a5372b21c67a13009ef156d6b425482c3f17e3cae96bbcc0366",
    ),
    (
        "tests/extraction/heldout/docs/h04_ngoc_son_tap_huan_tuyen_giao_2023_utf16.txt",
        "3e46742ab694b958dc88b75d4027dd00a64f106511a7326717ed9d3f2a034c1c",
    ),
    (
        "tests/extraction/heldout/docs/h05_khe_vang_tb_ket_luan_so_ket_6_thang_2023_cp1258.txt",
        "7a80c839d790bfbd75273bd6262f93a204f3384cd85368949d8de27de4861965",
    ),
    (
        "tests/extraction/heldout/docs/h06_ngoc_son_ke_hoach_35_nq_tw_2023.txt",
        "e6aad2e459cc27546ff9cc34bded22820b52b06bdaf2a9b5db1aa7ccde284776",
    ),
    (
        "tests/extraction/heldout/docs/h07_van_linh_so_ket_khoi_doanh_nghiep_2023.txt",
        "ac274e4743a3dae583764bf2cbc9e892c8e35a918f95251a3a265d06ff055dbc",
    ),
    (
        "tests/extraction/heldout/docs/h08_kim_giang_tong_ket_2023.txt",
        "f912f83085cffb2bc73ef4dbc9e79f08a0f91cdd99eaae42e15fc1a2712e9f0a",
    ),
    (
        "tests/extraction/identity/d2_01_lac_ha_tong_ket_tuyen_giao_dan_van_2025.html",
        "e7bbefed0f3676abca4f63eef0854e67767e46fc2073b759cf38f069ccedd276",
    ),
    (
        "tests/extraction/identity/d2_02_tan_giang_giao_ban_bao_chi_thang_10_2024.html",
        "c59248dcdbe59a0f1e927b16dbb5303d81526fe8f312a0d2f02a32052c6c51c0",
    ),
    (
        "tests/extraction/identity/d2_03_phu_linh_bao_cao_vien_thang_10_2025.html",
        "43aa62c36863c0c7b9327e9c9ccef284e9ce642150efff13b8568ab173a5b970",
    ),
    (
        "tests/extraction/identity/d2_04_an_linh_tb_ket_luan_giao_ban_9_thang_2025.docx",
        "1e43b1684301d9f9eb135e7cfbdc4ca897d1e00910520aa3f027904a1ad6eb3e",
    ),
    (
        "tests/extraction/identity/d2_05_ngoc_son_ke_hoach_tuyen_truyen_dai_hoi_xiv_2025.docx",
        "237f5eccbb392b1822af1b2d40a188764d0c0702246292a179a8b948011e27d8",
    ),
    (
        "tests/extraction/identity/d2_06_ha_phong_bao_cao_5_nam_nghi_quyet_35_2023.docx",
        "98550ce2566b0dbf4b474f55a66743e97948bb195fc573fae93da5db429e3fdb",
    ),
    (
        "tests/extraction/identity/d2_09_kim_hoa_bao_cao_tap_huan_tuyen_giao_2024.txt",
        "17e9e62cdaa7b75af33e3440c8066f1e4dcc5e9e05e338513520e3548d01b4c4",
    ),
]


@pytest.mark.parametrize(("path", "expected"), BEFORE, ids=[Path(p).name for p, _ in BEFORE])
def test_fingerprint_is_the_one_the_earlier_intake_gave(path, expected):
    file = ROOT / path
    assert fingerprint(document_text(file.read_bytes(), file.name).text) == expected
