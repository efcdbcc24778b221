from typing import Literal

PublicationResult = Literal["FAILURE", "SUCCESS"]

PUBLICATION_RESULT_VALUES: set[PublicationResult] = {
    "FAILURE",
    "SUCCESS",
}


def check_publication_result(value: str) -> PublicationResult:
    if value in PUBLICATION_RESULT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PUBLICATION_RESULT_VALUES!r}")
