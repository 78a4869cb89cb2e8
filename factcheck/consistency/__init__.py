"""Consistency: claims checked against each other, the dateline and the world they describe."""
