"""Tests of the photo pipeline (lessonstudy.imaging)."""
