"""`python -m planexport`."""

from planexport.console import main

main()
