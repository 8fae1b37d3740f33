"""`python -m planexport`."""

from planexport.cli import main

main()
