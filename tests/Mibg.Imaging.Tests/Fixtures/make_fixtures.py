#!/usr/bin/python3
"""Writes the scan-image fixtures of the imaging and web tests with independent tools: pydicom (DICOM) and
Pillow (PNG, JPEG). Each DICOM fixture carries identifiers (name, id, birth date, dates, institution, accession,
UIDs) that must never reach a reader. Beside each image, NAME.expected.f32 holds the pixel values a reader should
get, computed here with numpy from what was written (stored value * slope + intercept; frames in order), and
manifest.json lists every fixture with its size, frames and views.

usage: make_fixtures.py OUTDIR [--bench]   (--bench: only bench.dcm, 2 frames of 256x1024, 16-bit)
"""
import json
import os
import sys

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian, generate_uid
from PIL import Image

IDENTIFIERS = {
    "PatientName": "DOE^JANE^QUIXOTIC",
    "PatientID": "HOSP7741239",
    "PatientBirthDate": "20150317",
    "StudyDate": "20210814",
    "SeriesDate": "20210814",
    "AcquisitionDate": "20210814",
    "ContentDate": "20210814",
    "InstitutionName": "Saint Zebedee Childrens Hospital",
    "AccessionNumber": "ACCZ90817",
    "ReferringPhysicianName": "HOUSE^GREGORY",
    "StudyID": "STUDYQ4471",
}
UIDS = []

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
manifest = {"identifiers": dict(IDENTIFIERS), "fixtures": []}
rng = np.random.default_rng(20260313)


def body(rows, cols, peak):
    """A whole-body-like picture: an ellipse of background activity with a few hot spots."""
    y, x = np.mgrid[0:rows, 0:cols]
    img = np.where(((x - cols / 2) / (cols * 0.3)) ** 2 + ((y - rows / 2) / (rows * 0.45)) ** 2 <= 1, peak * 0.2, 0.0)
    for cy, cx, r in [(0.12, 0.5, 0.06), (0.4, 0.42, 0.03), (0.7, 0.6, 0.04)]:
        img = np.where((x - cx * cols) ** 2 + (y - cy * rows) ** 2 <= (r * rows) ** 2, peak, img)
    return img + rng.integers(0, max(2, int(peak * 0.05)), size=(rows, cols))


def view_item(meaning):
    code = Dataset()
    code.CodeValue = {"anterior": "R-10B1E", "posterior": "R-10B1F"}[meaning]  # illustrative codes
    code.CodingSchemeDesignator = "SRT"
    code.CodeMeaning = meaning + " projection"
    det = Dataset()
    det.ViewCodeSequence = [code]
    return det


def dicom(name, frames, bits, signed, photometric, syntax, views=None, slope=None, intercept=None, window=None, pixel_bytes=None):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = "1.2.840.10008.5.1.4.1.1.20"  # NM Image Storage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = syntax
    ds = Dataset()
    ds.file_meta = meta
    ds.preamble = b"\0" * 128
    for k, v in IDENTIFIERS.items():
        setattr(ds, k, v)
    ds.SOPClassUID = meta.MediaStorageSOPClassUID
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    UIDS.extend([ds.SOPInstanceUID, ds.StudyInstanceUID, ds.SeriesInstanceUID])
    ds.Modality = "NM"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "WHOLE BODY", "EMISSION"]
    rows, cols = frames[0].shape
    ds.Rows, ds.Columns = rows, cols
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = photometric
    ds.BitsAllocated = bits
    ds.BitsStored = bits
    ds.HighBit = bits - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.NumberOfFrames = len(frames)
    if views:
        ds.DetectorInformationSequence = [view_item(v) for v in sorted(set(views), key=views.index)]
        order = sorted(set(views), key=views.index)
        ds.DetectorVector = [order.index(v) + 1 for v in views]
        ds.NumberOfDetectors = len(order)
        ds.FrameIncrementPointer = 0x00540020
    if slope is not None:
        ds.RescaleSlope = slope
        ds.RescaleIntercept = intercept
    if window is not None:
        ds.WindowCenter, ds.WindowWidth = window
    dtype = {(8, False): np.uint8, (16, False): np.uint16, (16, True): np.int16}[(bits, signed)]
    stored = np.stack(frames).astype(dtype)
    if pixel_bytes is not None:
        ds.PixelData = pixel_bytes
        ds["PixelData"].VR = "OB"
    else:
        ds.PixelData = stored.tobytes()
        ds["PixelData"].VR = "OW" if bits == 16 else "OB"
    ds.is_little_endian = True
    ds.is_implicit_VR = syntax == ImplicitVRLittleEndian
    path = os.path.join(out, name)
    ds.save_as(path, write_like_original=False)
    # Read back with pydicom: what the tool itself decodes is the expected answer (rescale applied by numpy).
    back = pydicom.dcmread(path)
    if pixel_bytes is None:
        arr = back.pixel_array.reshape(len(frames), rows, cols).astype(np.float64)
        s = float(back.get("RescaleSlope", 1))
        i = float(back.get("RescaleIntercept", 0))
        (arr * s + i).astype("<f4").tofile(os.path.join(out, name.replace(os.sep, "__")) + ".expected.f32")
    return path


def record(name, kind, width, height, frames, views, inverted, expected=None):
    manifest["fixtures"].append({"name": name, "kind": kind, "width": width, "height": height,
                                 "frames": frames, "views": views, "monochrome1": inverted,
                                 "expected": expected or ([name + ".expected.f32"] if kind != "unsupported" else [])})


if "--bench" in sys.argv:
    dicom("bench.dcm", [body(1024, 256, 3000), body(1024, 256, 2800)], 16, False, "MONOCHROME2",
          ExplicitVRLittleEndian, views=["anterior", "posterior"])
    sys.exit(0)

# 1. Explicit VR, 16-bit unsigned, two frames (anterior, posterior) in one file, with rescale and a window.
dicom("explicit16-2frames.dcm", [body(256, 64, 4000), body(256, 64, 3000)], 16, False, "MONOCHROME2", ExplicitVRLittleEndian,
      views=["anterior", "posterior"], slope="0.5", intercept="-10", window=("900", "1800"))
record("explicit16-2frames.dcm", "dicom_file", 64, 256, 2, ["anterior", "posterior"], False)
# 2. Implicit VR, 8-bit, single frame, MONOCHROME1, no view recorded.
dicom("implicit8-mono1.dcm", [body(200, 60, 200)], 8, False, "MONOCHROME1", ImplicitVRLittleEndian)
record("implicit8-mono1.dcm", "dicom_file", 60, 200, 1, ["unknown"], True)
# 3. Implicit VR, 16-bit signed, two frames without any view: taken as anterior then posterior (assumed).
dicom("implicit16-signed.dcm", [body(128, 32, 1000) - 500, body(128, 32, 900) - 400], 16, True, "MONOCHROME2",
      ImplicitVRLittleEndian, slope="1", intercept="2.5")
record("implicit16-signed.dcm", "dicom_file", 32, 128, 2, ["anterior", "posterior"], False)
# 4. A folder of separate files, one view each; the posterior's file name sorts first.
os.makedirs(os.path.join(out, "wholebody-folder"), exist_ok=True)
dicom(os.path.join("wholebody-folder", "1-post.dcm"), [body(256, 64, 2000)], 16, False, "MONOCHROME2", ExplicitVRLittleEndian, views=["posterior"])
dicom(os.path.join("wholebody-folder", "2-ant.dcm"), [body(256, 64, 2500)], 16, False, "MONOCHROME2", ImplicitVRLittleEndian, views=["anterior"])
record("wholebody-folder", "dicom_folder", 64, 256, 2, ["posterior", "anterior"], False,
       expected=["wholebody-folder__1-post.dcm.expected.f32", "wholebody-folder__2-ant.dcm.expected.f32"])
# 5. An unsupported transfer syntax: JPEG 2000 (encapsulated; the fragment need not be a real codestream).
dicom("jpeg2000.dcm", [body(64, 16, 100)], 16, False, "MONOCHROME2", "1.2.840.10008.1.2.4.90",
      pixel_bytes=encapsulate([b"\xff\x4f\xff\x51" + b"\0" * 60]))
record("jpeg2000.dcm", "unsupported", 16, 64, 1, ["unknown"], False)
# 6. PNG (with a text chunk holding identifiers, which must not reach a reader) and JPEG (with an EXIF-like comment).
grey = np.clip(body(240, 80, 250), 0, 255).astype(np.uint8)
from PIL import PngImagePlugin
info = PngImagePlugin.PngInfo()
info.add_text("Comment", IDENTIFIERS["PatientName"] + " " + IDENTIFIERS["PatientID"])
Image.fromarray(grey, "L").save(os.path.join(out, "scan.png"), pnginfo=info)
grey.astype("<f4").tofile(os.path.join(out, "scan.png.expected.f32"))
record("scan.png", "png", 80, 240, 1, ["unknown"], False)
Image.fromarray(grey, "L").save(os.path.join(out, "scan.jpg"), quality=95, comment=(IDENTIFIERS["PatientName"]).encode())
np.asarray(Image.open(os.path.join(out, "scan.jpg")).convert("L")).astype("<f4").tofile(os.path.join(out, "scan.jpg.expected.f32"))
record("scan.jpg", "jpeg", 80, 240, 1, ["unknown"], False)

manifest["identifiers"]["uids"] = UIDS
with open(os.path.join(out, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=1)
