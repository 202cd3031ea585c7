//! Saving a generated file (QR code as SVG or PNG) to the device, on request.
