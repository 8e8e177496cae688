package nl.netwerkkaart.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static web pages under {@code static/}; the login page answers on the path Spring Security sends people to. Not in
 * {@code prod}, where users sign in at the identity provider and {@code /login} does not exist.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("forward:/login.html");
    }
}
