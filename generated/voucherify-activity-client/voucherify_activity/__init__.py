"""A client library for accessing Voucherify activity feeds"""

from . import errors
from ._client import AsyncVoucherifyActivityClient, VoucherifyActivityClient
from ._deviations import Deviation
from ._retries import RetryPolicy
from .client import AuthenticatedClient, Client
from .filters import ProgramActivityFilter
from .models import CustomerActivity, CustomerActivityList, ProgramActivity, ProgramActivityList
from .parsing import load_payloads, parse_customer_activity_page, parse_program_activity_page

__version__ = "0.1.0"

__all__ = (
    "AsyncVoucherifyActivityClient",
    "AuthenticatedClient",
    "Client",
    "CustomerActivity",
    "CustomerActivityList",
    "Deviation",
    "ProgramActivity",
    "ProgramActivityFilter",
    "ProgramActivityList",
    "RetryPolicy",
    "VoucherifyActivityClient",
    "__version__",
    "errors",
    "load_payloads",
    "parse_customer_activity_page",
    "parse_program_activity_page",
)
