# Carets for a subscript inside a longer chain of subscripts.
data = {"users": [{"name": "a", "tags": {"admin": True}}]}
print(data["users"][0]["tags"]["admin"])
print(data["users"][0]["tags"]["staff"])
