"""Writes a CSV scoring sheet as an .xlsx with openpyxl, the way a script or a Mac user would:
the 1904 date system, values as numbers, dates as dates, rich text in a comment, the criterion
column merged over each criterion's rows, and the rows sorted by criterion (so the import must match
rows by their ids, not by position)."""
import csv, datetime, sys
import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
body.sort(key=lambda r: (r[2], r[0]))
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Scores"
ws.append(header)
value, comment, date = header.index("value"), header.index("comment"), header.index("date")
rich_done = False
for r in body:
    cells = list(r)
    if cells[value]:
        number = float(cells[value])
        cells[value] = int(number) if number.is_integer() else number
    if cells[date]:
        cells[date] = datetime.date.fromisoformat(cells[date])
    if cells[comment] and not rich_done:
        text = cells[comment]
        cells[comment] = CellRichText(TextBlock(InlineFont(b=True), text[:1]), text[1:])
        rich_done = True
    ws.append(cells)
    if isinstance(cells[date], datetime.date):
        ws.cell(row=ws.max_row, column=date + 1).number_format = "yyyy-mm-dd"
# Merge the criterion cells of consecutive rows with the same criterion (rows 2… are the body).
criterion = header.index("criterion") + 1
start = 2
for k in range(2, len(body) + 3):
    if k == len(body) + 2 or body[k - 2][criterion - 1] != body[start - 2][criterion - 1]:
        if k - 1 > start:
            ws.merge_cells(start_row=start, start_column=criterion, end_row=k - 1, end_column=criterion)
        start = k
wb.save(target)
