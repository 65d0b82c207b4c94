# Explicit chaining: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass
def read_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError(f"port must be a number, got {text!r}") from err
print(read_port("80"))
read_port("eighty")
