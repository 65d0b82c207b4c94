# Lists as stacks and queues, deque for fast queues, and bisect-free sorted insertion.
from collections import deque
stack = []
for c in "abc":
    stack.append(c)
    print("push", c, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = deque()
for n in range(3):
    queue.append(n)
print(queue.popleft(), queue.popleft(), list(queue))
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(t), balanced(t))
def insert_sorted(lst, v):
    i = 0
    while i < len(lst) and lst[i] < v:
        i += 1
    lst.insert(i, v)
data = []
for v in [5, 1, 4, 2, 3, 0, 6]:
    insert_sorted(data, v)
print(data)
def bfs(graph, start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
print(bfs({1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}, 1))
