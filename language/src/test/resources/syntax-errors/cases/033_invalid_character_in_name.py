café→ = 1
