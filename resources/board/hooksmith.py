# Hooksmith board helper: reports signals over USB serial as lines the Hooksmith app reads.
#
#   import hooksmith
#   hooksmith.send_signal(1, 23.5)   # prints "@signal 1 23.5"
#
# On import it announces which device this board is ("@device <token> <name>"), with the
# device_id of /flash/pybytes_config.json, else the chip's unique id. When the Pybytes library
# runs on this board, pybytes.send_signal() keeps working and also reports over USB.
import sys

try:
    import ujson as _json
except ImportError:
    import json as _json

_token = None
_name = None


def _write(line):
    # One write per line, so that lines from several threads do not mix.
    sys.stdout.write(line + '\n')


def _check_number(n):
    if isinstance(n, bool) or not isinstance(n, int) or n < 0 or n > 254:
        raise ValueError('signal number must be 0..254 (255 is reserved)')
    return n


def _to_json(v):
    if isinstance(v, float) and (v != v or v - v != 0):
        return 'null'  # JSON has no NaN or infinity
    if isinstance(v, (bytes, bytearray)):
        v = list(v)
    try:
        # MicroPython writes floats as the shortest decimal it has: 0.7 stays "0.7".
        return _json.dumps(v)
    except (TypeError, ValueError):
        return _json.dumps(str(v))


def send_signal(number, value):
    """Sends signal `number` (0..254) with `value` (number, string, list, bool, dict)."""
    _write('@signal %d %s' % (_check_number(number), _to_json(value)))


def send_json(number, text):
    """Sends JSON text as it is written, e.g. send_json(1, '0.70') keeps both decimals."""
    text = str(text).strip()
    if not text or '\n' in text or '\r' in text:
        raise ValueError('give one line of JSON text')
    _write('@signal %d %s' % (_check_number(number), text))


def _config_token():
    try:
        f = open('/flash/pybytes_config.json')
        try:
            token = _json.loads(f.read()).get('device_id')
        finally:
            f.close()
        if token:
            return str(token)
    except Exception:
        pass
    return None


def _chip_token():
    try:
        import machine
        try:
            import ubinascii as binascii
        except ImportError:
            import binascii
        return binascii.hexlify(machine.unique_id()).decode()
    except Exception:
        return None


def _board_name():
    # "LoPy4 with ESP32" on Pycom firmware; newer MicroPython also has sys.implementation._machine.
    try:
        import os
        return os.uname().machine
    except Exception:
        pass
    return getattr(sys.implementation, '_machine', None)


def announce(token=None, name=None):
    """Says which device this board is. Without arguments: the Pybytes device_id, else the chip id."""
    global _token, _name
    if token is not None:
        _token = str(token)
    if name is not None:
        _name = str(name)
    if _token is None:
        _token = _config_token() or _chip_token()
    if not _token:
        return
    line = '@device ' + ''.join(_token.split())
    n = _name if _name is not None else _board_name()
    if n:
        line += ' ' + ' '.join(str(n).split())
    _write(line)


def _find_pybytes():
    for module in ('__main__', 'builtins'):
        try:
            p = getattr(__import__(module), 'pybytes', None)
        except Exception:
            p = None
        if p is not None and hasattr(p, 'send_signal'):
            return p
    return None


def wrap_pybytes(pybytes=None):
    """Makes pybytes.send_signal() also report over USB (done on import when Pybytes runs)."""
    p = pybytes if pybytes is not None else _find_pybytes()
    if p is None or getattr(p, '_hooksmith_wrapped', False):
        return p
    original = p.send_signal

    def send_signal(signal_number, value):
        try:
            _write('@signal %d %s' % (_check_number(signal_number), _to_json(value)))
        except Exception:
            pass  # Pybytes decides what an invalid signal does, as before
        return original(signal_number, value)

    p.send_signal = send_signal
    p._hooksmith_wrapped = True
    return p


announce()
wrap_pybytes()
