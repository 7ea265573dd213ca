from jpmn.cli import main

main()
