#!/usr/bin/env python3
"""Fills trellis_en.ts (made with `lupdate -pluralonly`) with English singular/plural forms.

Source strings mark plurals as "word(s)"; English needs a translation file to turn
"%n day(s)" into "1 day" / "2 days". Run after lupdate:
  /usr/lib/qt6/bin/lupdate -pluralonly -no-obsolete -locations none app core ui -ts translations/trellis_en.ts
  /usr/bin/python3 translations/fill_english_plurals.py translations/trellis_en.ts
"""
import copy
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"person(s)": ("person", "people")}


def forms(source):
    singular, plural = source, source
    for marked, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(marked, one), plural.replace(marked, many)
    singular = re.sub(r"(\w+)\(s\)", r"\1", singular)
    plural = re.sub(r"(\w+)\(s\)", r"\1s", plural)
    singular = singular.replace("%n days ago", "%n day ago")
    return singular, plural


def main(path):
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "en")
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        singular, plural = forms(message.find("source").text or "")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    # Helpers such as `QString tr(const char *)` in an anonymous namespace translate with a
    # plain context ("HealthPresentation") where lupdate records the enclosing namespace
    # ("trellis::HealthPresentation"): give each such context a plain twin.
    names = {c.find("name").text for c in root.findall("context")}
    for context in list(root.findall("context")):
        name = context.find("name").text
        plain = name.split("::")[-1]
        if plain != name and plain not in names:
            twin = copy.deepcopy(context)
            twin.find("name").text = plain
            root.append(twin)
            names.add(plain)
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
