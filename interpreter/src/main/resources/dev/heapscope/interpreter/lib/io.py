"""The io module: in-memory text and binary streams (StringIO, BytesIO) and open().

Heapscope's StringIO and BytesIO are Python, with the behaviour and messages of CPython
3.11's _io.StringIO and _io.BytesIO: a buffer, a position that may lie past the end
(writing there pads with NULs), and ValueError once closed.
"""

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "StringIO", "BytesIO",
           "BufferedIOBase", "TextIOBase", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE"]

open = open
DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    """The base of every stream: closing, iteration over lines, the context manager."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class _Memory(IOBase):
    """What StringIO and BytesIO share: a buffer (str or bytes) and a position."""

    _empty = None

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def getvalue(self):
        self._check_closed()
        return self._buffer

    def tell(self):
        self._check_closed()
        return self._pos

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        return size

    def read(self, size=-1):
        self._check_closed()
        size = self._size_arg(size)
        buf = self._buffer
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        if end > start:
            self._pos = end
        return buf[start:end]

    def readline(self, size=-1):
        self._check_closed()
        size = self._size_arg(size)
        buf = self._buffer
        start = min(self._pos, len(buf))
        newline = self._newline
        at = buf.find(newline, start)
        end = len(buf) if at < 0 else at + len(newline)
        if size >= 0:
            end = min(end, start + size)
        if end > start:
            self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        self._check_closed()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < len(self._buffer):
            self._buffer = self._buffer[:size]
        return size

    def _write(self, data):
        buf = self._buffer
        pos = self._pos
        if pos > len(buf):
            buf = buf + self._padding(pos - len(buf))
        self._buffer = buf[:pos] + data + buf[pos + len(data):]
        self._pos = pos + len(data)
        return len(data)


class StringIO(_Memory, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _text = True

    @staticmethod
    def _padding(n):
        return "\0" * n

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._closed = False
        self._translate = newline
        self._newline = "\n" if newline in (None, "", "\n") else newline
        self._buffer = ""
        self._pos = 0
        if initial_value:
            self._write(self._translated(initial_value))
            self._pos = 0

    def _translated(self, s):
        newline = self._translate
        if newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if newline in ("\r", "\r\n"):
            return s.replace("\n", newline)
        return s

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._write(self._translated(s))
        return len(s)

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        self._check_closed()
        return None

    def detach(self):
        raise UnsupportedOperation("detach")


class BytesIO(_Memory, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _text = False
    _padding = bytes
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        self._closed = False
        self._buffer = b""
        self._pos = 0
        if initial_bytes is not None:
            self._buffer = bytes(_bytes_like(initial_bytes))

    def write(self, b):
        self._check_closed()
        data = bytes(_bytes_like(b))
        return self._write(data)

    def read1(self, size=-1):
        return self.read(size)


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


for _cls in (StringIO, BytesIO):
    _cls.__module__ = "_io"
for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = "io"
del _cls
