print("shapes.solid: running")
