#!/usr/bin/env python3
"""Prints each failed test of the TRX files in a folder with its message: what the quiet console leaves out."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

for trx in sorted(Path(sys.argv[1]).glob("*.trx")):
    for result in ET.parse(trx).getroot().iterfind(".//t:UnitTestResult", NS):
        if result.get("outcome") != "Failed":
            continue
        message = result.find("t:Output/t:ErrorInfo/t:Message", NS)
        print(f"FAILED {result.get('testName')}")
        print((message.text or "").strip()[:4000] if message is not None else "(no message)")
        print()
