# -*- coding: utf-8 -*-
ä = 1 2
