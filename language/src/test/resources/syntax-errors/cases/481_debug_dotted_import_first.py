import __debug__.a
