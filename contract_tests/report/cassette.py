"""`cassette.yaml`: every request and response of the run, written by Schemathesis' own VCR writer.

The whole run (generated cases and our checks' requests alike) goes through Schemathesis, so one
writer records all of it. Interactions are flushed per pytest test to bound memory; Schemathesis'
sanitizer blanks credential headers, every line is redacted as it is written (a run killed
midway leaves no secret on disk either), and the report writer scrubs the file once more at the end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO, cast

from schemathesis import Case, CheckResult, Response
from schemathesis.config import OutputConfig

from contract_tests.redaction import RedactedLines, Redactor
from contract_tests.schemathesis_compat import ScenarioRecorder, VcrWriter


class Cassette:
    def __init__(
        self,
        path: Path,
        output: OutputConfig,
        *,
        seed: int | None,
        command: str,
        redactor: Redactor,
    ) -> None:
        self._output = output
        self._file = path.open("w", encoding="utf-8")
        self._stream = RedactedLines(self._file, redactor)
        # A text stream as VcrWriter takes one (typeshed's TextIOBase is no IO[str]).
        self._writer = VcrWriter(output=cast(TextIO, self._stream), config=output)
        self._writer.open(seed=seed, command=command)
        self._recorder = ScenarioRecorder(label="contract check", config=output)

    def record(self, case: Case[Any], response: Response) -> None:
        self._recorder.record_case(case=case)
        self._recorder.record_response(case_id=case.id, response=response)

    def record_checks(self, case: Case[Any], results: list[CheckResult], code_sample: str) -> None:
        for result in results:
            if result.failure is not None:
                self._recorder.record_check_failure(
                    name=result.name,
                    case_id=case.id,
                    code_sample=code_sample,
                    failure=result.failure,
                )
            else:
                self._recorder.record_check_success(name=result.name, case_id=case.id)

    def flush(self) -> None:
        if self._recorder.interactions:
            self._writer.write(self._recorder)
            self._recorder = ScenarioRecorder(label="contract check", config=self._output)
        self._stream.flush()

    def close(self) -> None:
        if self._file.closed:
            return
        self.flush()
        self._writer.close()
        self._stream.close()
        self._file.close()
