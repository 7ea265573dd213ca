from jpmn.app import main

main()
