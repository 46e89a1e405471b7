# Writes a notebook with nbformat, the library Jupyter saves notebooks with,
# so the Go round-trip test can compare against Jupyter's own layout.
# Usage: python3 make_fixture.py OUT.ipynb
import sys
import nbformat
from nbformat import v4

nb = v4.new_notebook()
nb.metadata["kernelspec"] = {"name": "gokernel", "display_name": "Go", "language": "go"}
nb.metadata["custom"] = {"nested": [1, 2.5, "x<y & z>w"], "flag": True, "ünïcode": "é"}
nb.cells = [
    v4.new_markdown_cell("# Title\n\nSome *text*.", id="md1"),
    v4.new_code_cell('fmt.Println("hi")\nx := 1\nx', id="code1", execution_count=3,
                     metadata={"tags": ["raises-exception"], "collapsed": False}, outputs=[
        v4.new_output("stream", name="stdout", text="hi\nthere\n"),
        v4.new_output("execute_result", execution_count=3,
                      data={"text/plain": "1", "text/html": "<b>1</b>\n<i>2</i>",
                            "application/json": {"a": [1, 2]}, "image/png": "iVBORw0KGgo="}),
        v4.new_output("display_data", data={"image/svg+xml": "<svg>\n</svg>"}, metadata={"isolated": True}),
        v4.new_output("error", ename="panic", evalue="boom", traceback=["line 1", "\x1b[31mline 2\x1b[0m"]),
    ]),
    v4.new_code_cell("", id="empty1"),
    v4.new_raw_cell("raw text\n", id="raw1", metadata={"format": "text/plain"}),
]
nb.cells[0]["attachments"] = {"a.png": {"image/png": "iVBORw0KGgo="}}  # a field this package does not model must survive
nbformat.validate(nb)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    nbformat.write(nb, f)
