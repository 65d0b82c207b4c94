"""Reference cycles that keep the cyclic collector busy: doubly linked lists, trees with
parent pointers, self-referencing objects and cycles through dicts are built and dropped,
so that only the collector can free them; gc.collect is also called explicitly.

Exercises the collector's generations and thresholds, tp_traverse of instances, lists and
dicts, and deallocation of large unreachable groups.
"""
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class TreeNode:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def linked_ring(n):
    head = Node(0)
    cur = head
    for i in range(1, n):
        node = Node(i)
        node.prev, cur.next = cur, node
        cur = node
    cur.next, head.prev = head, cur
    return head


def tree(depth, fanout, parent=None, value=0):
    node = TreeNode(value, parent)
    if depth:
        for k in range(fanout):
            tree(depth - 1, fanout, node, value * fanout + k)
    return node


def ring_sum(head):
    total, cur = head.value, head.next
    while cur is not head:
        total += cur.value
        cur = cur.next
    return total


def main():
    gc.collect()
    checksum = 0
    found = 0
    for round_ in range(280):
        checksum += ring_sum(linked_ring(2_000))   # dropped at once: garbage for the collector
        root = tree(6, 3)
        checksum += len(root.children[0].children)
        for i in range(500):
            d = {"id": i}
            d["self"] = d                          # a dict that contains itself
            lst = [i]
            lst.append(lst)
        if round_ % 40 == 39:
            found += gc.collect()
    found += gc.collect()
    # How many objects the collector found depends on when the automatic collections ran,
    # which is a detail of the runtime: report only that it found some.
    print(f"gc_cycles checksum={checksum} collected_some={found > 0}")


if __name__ == "__main__":
    main()
