//! The one module that may write to the device, and only after the person opts in.
