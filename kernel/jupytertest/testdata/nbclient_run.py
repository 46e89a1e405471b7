"""Execute a notebook with nbclient, as `jupyter nbconvert --execute` does.

Usage: python3 nbclient_run.py KERNEL_NAME TIMEOUT IN.ipynb OUT.ipynb

Exits 0 and writes OUT when every cell ran; on a cell error nbclient raises
(unless the cell is tagged raises-exception) and the partly executed
notebook is still written, so the test can show what happened.
"""
import os
import sys

import nbformat
from nbclient import NotebookClient

name, timeout, src, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
nb = nbformat.read(src, as_version=4)
client = NotebookClient(nb, kernel_name=name, timeout=timeout,
                        resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}})
try:
    client.execute()
finally:
    nbformat.write(nb, dst)
