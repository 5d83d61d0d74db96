"""Uploading to a running dashboard as a browser's form does, for the benches that measure it."""

from __future__ import annotations

import json
import time
import urllib.request

BOUNDARY = "entente-bench-boundary"


def upload_and_wait(base: str, files: list[tuple[str, bytes]], timeout: float = 120, poll: float = 1) -> dict:
    """POST the (name, bytes) files to /api/ingest as multipart/form-data and poll the job until its
    ingest is done; the job as the API last reported it."""
    body = b"".join(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                    f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n"
                    for name, data in files) + f"--{BOUNDARY}--\r\n".encode()
    request = urllib.request.Request(base + "/api/ingest", data=body, method="POST", headers={
        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        job = json.loads(response.read())
    while job["state"] in ("queued", "running"):
        time.sleep(poll)
        with urllib.request.urlopen(f"{base}/api/ingest/{job['job_id']}", timeout=30) as response:
            job = json.loads(response.read())
    return job
