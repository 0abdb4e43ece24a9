// Mantine sheets the benchmark pages use beyond the app's base set (Radio, Fieldset, dates).
import '../meetings/styles';
import '@mantine/core/styles/NumberInput.css';
