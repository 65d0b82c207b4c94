# An uncaught ExceptionGroup prints its tree of exceptions.
def validate(user):
    problems = []
    if not user.get("name"):
        problems.append(ValueError("name is empty"))
    if user.get("age", 0) < 0:
        problems.append(ValueError("age is negative"))
    if problems:
        raise ExceptionGroup("invalid user", problems)
validate({"name": "ok", "age": 1})
print("first user valid")
validate({"name": "", "age": -1})
