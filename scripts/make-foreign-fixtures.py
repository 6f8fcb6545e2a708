#!/usr/bin/python3
"""Writes test/fixtures-foreign/: action plans saved by programs other than Excel and ExcelJS,
and test/bad-input/: the same kind of plan in forms the checker must refuse by name.

- openpyxl-plan.xlsx: written by openpyxl, as many exporting systems write workbooks, with a
  bar chart, an image and a note.
- libreoffice-plan.xlsx: saved by LibreOffice Calc, with a bar chart, a Red/Amber/Green list
  validation and a conditional format on the RAG column.

- test/bad-input/plan.xls and plan.ods: the LibreOffice plan saved by LibreOffice as Excel
  97-2003 and as OpenDocument. (An encrypted workbook is made by the test itself:
  test/bad-input/hostile-files.ts.)

The outputs are committed, so the tests need neither Python nor LibreOffice to read them.
Run again with: /usr/bin/python3 scripts/make-foreign-fixtures.py (needs python3-openpyxl,
python3-pil and soffice).
"""
import datetime
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PilImage, ImageDraw

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures-foreign")
BAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "bad-input")
HEADER = ["Ref", "Action", "Lead officer", "Target date", "Revised date", "RAG", "Saving £k", "Savings RAG", "Progress update"]
D = datetime.date
# A fixed time, so that writing the fixtures again changes only what the programs change.
SAVED = datetime.datetime(2026, 1, 12, 9, 30)

# A county council's adult social care savings plan. Some rows hold what the checker reports:
# no lead officer, a revised date before its target, a Green item long past its date.
CARE_PLAN = [
    ["ASC-01", "Review every home care package above 14 hours a week", "Head of Commissioning", D(2025, 9, 30), None, "Green", 320, "Green", "Reviews complete for the north locality"],
    ["ASC-02", "Move day services into three community hubs", "Service Manager, Day Opportunities", D(2025, 12, 31), D(2026, 3, 31), "Amber", 185, "Amber", "Consultation closed; staff consultation starts February"],
    ["ASC-03", "Bring the reablement service back in house", None, D(2026, 3, 31), None, "Red", 410, "Red", "Provider notice served; no recruitment lead yet"],
    ["ASC-04", "Renegotiate residential placement rates with the top ten providers", "Head of Commissioning", D(2026, 6, 30), D(2026, 2, 28), "Amber", 250, "Amber", "Four of ten agreed"],
    ["ASC-05", "Replace paper financial assessments with an online form", "Digital Lead", D(2025, 6, 30), None, "Green", 45, "Green", "Live since July"],
    ["ASC-06", "Review direct payment surpluses and recover unspent funds", "Finance Business Partner", D(2025, 11, 30), None, "Green", 120, "Blue", "£134k recovered"],
    ["ASC-07", "Extend assistive technology to 400 more households", "Occupational Therapy Lead", D(2026, 9, 30), None, "Amber", 90, "Amber", "Procurement under way"],
    ["ASC-08", "Close the legacy case management system", "Digital Lead", D(2026, 12, 31), None, "Green", 60, "Green", "Data migration plan agreed"],
]

# An NHS trust's theatre productivity programme, for the LibreOffice copy.
THEATRE_PLAN = [
    ["TP-1", "Start first lists at 08:30 in all main theatres", "Theatres General Manager", D(2025, 10, 31), None, "Green", 0, None, "Audit shows 84% on time"],
    ["TP-2", "Book day-case lists six weeks ahead", "Head of Scheduling", D(2025, 12, 31), D(2026, 2, 28), "Amber", 75, "Amber", "Booking tool in test"],
    ["TP-3", "Cut on-the-day cancellations by pre-op phone calls", "Pre-operative Assessment Lead", D(2026, 1, 31), None, "Red", 140, "Red", "Nurse vacancies; calls not yet started"],
    ["TP-4", "Use a standard tray list for orthopaedics", None, D(2026, 3, 31), None, "Amber", 60, "Amber", "Draft with consultants"],
    ["TP-5", "Move cataract surgery to the treatment centre", "Ophthalmology Directorate Manager", D(2026, 6, 30), None, "Green", 210, "Green", "Equipment ordered"],
    ["TP-6", "Report utilisation by session every week", "Information Manager", D(2025, 8, 31), None, "Blue", 0, None, "Done; in the weekly pack"],
]


def plan_sheet(wb, title, rows):
    ws = wb.active
    ws.title = title
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    for row in rows:
        ws.append(row)
    for r in range(2, len(rows) + 2):
        for col in "DE":
            ws[f"{col}{r}"].number_format = "dd/mm/yyyy"
    for col, width in zip("ABCDEFGHI", [8, 52, 32, 12, 12, 8, 10, 12, 44]):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    return ws


def savings_chart(ws, rows, anchor):
    chart = BarChart()
    chart.title = "Saving by action (£k)"
    chart.y_axis.title = "£k"
    chart.add_data(Reference(ws, min_col=7, min_row=1, max_row=len(rows) + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
    chart.height, chart.width = 7, 14
    ws.add_chart(chart, anchor)


def logo_png():
    img = PilImage.new("RGB", (160, 48), (31, 78, 120))
    ImageDraw.Draw(img).text((10, 16), "County Council", fill=(255, 255, 255))
    data = io.BytesIO()
    img.save(data, format="PNG")
    data.seek(0)
    return data


def openpyxl_plan(path):
    wb = Workbook()
    wb.properties.created = wb.properties.modified = SAVED
    ws = plan_sheet(wb, "Savings plan 2025-26", CARE_PLAN)
    savings_chart(ws, CARE_PLAN, "K2")
    ws.add_image(Image(logo_png()), "K18")
    ws["I4"].comment = Comment("Escalated to the Adults DMT on 8 January.", "Programme Office")
    wb.save(path)


def soffice_convert(source, target_filter, outdir):
    with tempfile.TemporaryDirectory() as profile:
        # A private profile keeps the user's own LibreOffice settings and any running instance out of it.
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target_filter, "--outdir", outdir, source],
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=180,
        )


def libreoffice_plan(path):
    wb = Workbook()
    wb.properties.created = wb.properties.modified = SAVED
    ws = plan_sheet(wb, "Theatres", THEATRE_PLAN)
    savings_chart(ws, THEATRE_PLAN, "K2")
    rag = DataValidation(type="list", formula1='"Red,Amber,Green,Blue"', allow_blank=True)
    rag.error = "Choose Red, Amber, Green or Blue."
    ws.add_data_validation(rag)
    rag.add("F2:F200")
    for text, colour in [("Red", "FFC7CE"), ("Amber", "FFEB9C"), ("Green", "C6EFCE")]:
        ws.conditional_formatting.add("F2:F200", CellIsRule(operator="equal", formula=[f'"{text}"'], fill=PatternFill("solid", bgColor=colour)))
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "libreoffice-plan.xlsx")
        wb.save(source)
        out = os.path.join(tmp, "out")
        soffice_convert(source, "xlsx:Calc MS Excel 2007 XML", out)
        shutil.copy(os.path.join(out, "libreoffice-plan.xlsx"), path)


def refused_forms(plain):
    """The plan as .xls and .ods: each must be refused with a sentence naming it."""
    with tempfile.TemporaryDirectory() as tmp:
        for ext, target_filter in [("xls", "xls:MS Excel 97"), ("ods", "ods:calc8")]:
            soffice_convert(plain, target_filter, tmp)
            shutil.copy(os.path.join(tmp, f"{os.path.splitext(os.path.basename(plain))[0]}.{ext}"), os.path.join(BAD, f"plan.{ext}"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(BAD, exist_ok=True)
    openpyxl_plan(os.path.join(OUT, "openpyxl-plan.xlsx"))
    libreoffice_plan(os.path.join(OUT, "libreoffice-plan.xlsx"))
    refused_forms(os.path.join(OUT, "libreoffice-plan.xlsx"))
    print("Wrote", os.path.relpath(OUT), "and", os.path.relpath(BAD))
