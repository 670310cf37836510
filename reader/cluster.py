"""`reader check --dask SCHEDULER PATH...`: the same analysis spread over a Dask cluster.

Each task analyses a few documents with :func:`reader.batch.check_chunk`;
the results come back in input order through the same bounded window as the
local process pool, so the JSON Lines are identical to a local run.

Workers open the documents themselves, by absolute path: the files must be
visible to every worker at the same path (a shared file system), and the
workers need ``reader`` installed. Dask is optional: ``pip install 'reader[dask]'``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from reader.batch import Result, check_chunk, chunk_size_for, ordered_results
from reader.document import InputError


def connect(address: str, timeout: str = "10s") -> Any:
    """A ``distributed.Client`` for ``address``, or an InputError the user can act on."""
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--dask needs Dask: pip install 'reader[dask]'") from None
    try:
        return Client(address, timeout=timeout)
    except Exception as exc:  # OSError, TimeoutError, ValueError for a bad address
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{address}: cannot reach the Dask scheduler ({reason})") from None


def check_on_cluster(client: Any, documents: Sequence[str]) -> Iterator[Result]:
    """Analyse ``documents`` on the cluster's workers; results in input order."""
    threads = max(1, sum(client.nthreads().values()))
    yield from ordered_results(
        lambda chunk: client.submit(check_chunk, chunk, pure=False),
        documents,
        chunk_size_for(len(documents), threads, largest=16),
        window=max(8, threads * 4),
    )
