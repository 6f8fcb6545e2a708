"""The job `check --out` does, done the way an analyst would script it with pandas and openpyxl:
read the plan, pick out the rows that need attention (no lead, or rated Red), and write a copy of
the workbook with those cells filled. `npm run bench` times it as a floor for `check --out`.

Usage: python3 bench/pandas-job.py PLAN.xlsx COPY.xlsx
"""
import sys

import openpyxl
import pandas as pd
from openpyxl.styles import PatternFill

# The bench's plans (bench/generate.ts) have their header on row 12.
HEADER_ROW = 12


def main(source, target):
    plan = pd.read_excel(source, sheet_name=0, header=HEADER_ROW - 1, engine="openpyxl")
    columns = {str(name).strip().lower(): i + 1 for i, name in enumerate(plan.columns)}
    lead, rag = columns["lead"], columns["action rag"]
    flagged = plan[plan.iloc[:, lead - 1].isna() | (plan.iloc[:, rag - 1] == "Red")]
    workbook = openpyxl.load_workbook(source)
    sheet = workbook.worksheets[0]
    fill = PatternFill("solid", fgColor="FFFFC7CE")
    for index in flagged.index:
        row = HEADER_ROW + 1 + index
        sheet.cell(row=row, column=lead).fill = fill
        sheet.cell(row=row, column=rag).fill = fill
    workbook.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
