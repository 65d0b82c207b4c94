import a
import a.b.c
import d.e as f
from g import h
from i import j as k
from l import *
from . import m
