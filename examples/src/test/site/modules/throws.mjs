// A module that throws while it is evaluated.
throw new RangeError("this module refuses to load");
