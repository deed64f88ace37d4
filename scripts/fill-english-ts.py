#!/usr/bin/env python3
"""Fills the English catalogue from the source texts, which are English:
every message gets its source as translation, and plural messages ("%n
park(s)") get proper singular and plural forms. Run after lupdate:

    cmake --build build/test --target update_translations
    scripts/fill-english-ts.py translations/parkexplorer_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def plural_forms(source):
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    # "%n park(s) have problems" style verbs are not rewritten; keep texts simple.
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in plural_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        main(p)
