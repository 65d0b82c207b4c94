"""Generator pipeline: a chain of generator stages (source, parse, filter, window,
group, aggregate) over a synthetic log, pulled lazily end to end; no itertools.

Exercises generator creation, resumption and yield from, generator expressions, and
tuple unpacking in loops.
"""


def log_lines(n):
    state = 12345
    for i in range(n):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        level = ("INFO", "WARN", "ERROR", "DEBUG")[state % 4]
        yield f"{i:07d} {level} service{state % 9} latency={state % 1000}ms"


def parse(lines):
    for line in lines:
        seq, level, service, latency = line.split(" ")
        yield int(seq), level, service, int(latency[8:-2])


def only(levels, records):
    return (r for r in records if r[1] in levels)


def window(records, size):
    buf = []
    for r in records:
        buf.append(r)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def averages(windows):
    for w in windows:
        yield sum(r[3] for r in w) / len(w), max(r[3] for r in w)


def flatten(batches):
    for batch in batches:
        yield from batch


def per_service(records):
    totals = {}
    for _, _, service, latency in records:
        count, total = totals.get(service, (0, 0))
        totals[service] = (count + 1, total + latency)
    yield from sorted(totals.items())


def main():
    n = 340_000
    avg_sum, worst = 0.0, 0
    for avg, peak in averages(window(only({"WARN", "ERROR"}, parse(log_lines(n))), 50)):
        avg_sum += avg
        worst = max(worst, peak)
    services = list(per_service(flatten(window(parse(log_lines(n // 4)), 100))))
    print(f"generator_pipeline avg_sum={avg_sum:.3f} worst={worst} services={services[:2]}")


if __name__ == "__main__":
    main()
