# Traceback through methods, a property and a lambda.
class Stack:
    def __init__(self):
        self.items = []
    @property
    def top(self):
        return self.items[-1]
    def peek_all(self, f):
        return f(self)
s = Stack()
s.items.append("x")
print(s.top)
s.items.pop()
print(s.peek_all(lambda st: st.top.upper()))
