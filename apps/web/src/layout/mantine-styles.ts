// All of Mantine's component styles, loaded with every page but sign-in (see ./sign-in-styles).
import '@mantine/core/styles.layer.css';
