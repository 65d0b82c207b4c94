x += *a
