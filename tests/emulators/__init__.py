"""Loopback emulators of the providers' published APIs, for connector tests over real HTTP."""
