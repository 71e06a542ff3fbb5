"""Talking to the CMS: HTTP core, WordPress client, outbox and credentials; never imports Qt."""
