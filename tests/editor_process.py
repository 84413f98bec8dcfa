"""A running ``smkonzept serve`` process for tests: started on a free loopback port, stopped by the test."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path


class Editor:
    """A running ``smkonzept serve`` process and a way to call it."""

    def __init__(self, profile: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "smkonzept.cli", "serve", str(profile), "--no-browser"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "SMKONZEPT_WORKERS": "1"},
        )
        line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=(\S+)", line)
        assert match, (line, self.process.stderr.read() if self.process.poll() is not None else "")
        self.port, self.token = int(match[1]), match[2]
        self.base = f"http://127.0.0.1:{self.port}"

    def call(self, path: str, body: dict | None = None, token: str | None = None, headers: dict | None = None) -> tuple[int, bytes]:
        request = urllib.request.Request(
            self.base + path,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "X-Smkonzept-Token": self.token if token is None else token, **(headers or {})},
            method="GET" if body is None else "POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def json(self, path: str, body: dict | None = None) -> tuple[int, dict]:
        status, data = self.call(path, body)
        return status, json.loads(data)

    def stop(self) -> tuple[int, str]:
        """SIGTERM, then the exit code and what the server wrote to stderr."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            _, stderr = self.process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, stderr = self.process.communicate()
        return self.process.returncode, stderr
